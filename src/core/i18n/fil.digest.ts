import type { enDigest } from './en.digest';

/** Filipino messages of the daily digest (the keys of en.digest.ts). */
export const filDigest: Record<keyof typeof enDigest, string> = {
  'menu.dailyDigestOn': 'Ipadala ang araw-araw na buod',
  'menu.dailyDigestOff': 'Itigil ang araw-araw na buod',
  'digest.turnedOn':
    'Bukas na ang araw-araw na buod.\n\nAraw-araw, sa unang pagbukas ng workbook na ito (ninuman), ie-e-mail ni Suki sa bawat manager ang kanilang mga kontak na lampas na at para ngayong araw, ang mga reklamong lampas o malapit na sa SLA, at ang mga obligasyong dapat gawin sa loob ng {days} araw; at sa bawat head, isang buod bawat manager at kung sino ang humahalili kanino.\n\nManggagaling ito sa iyong account ({email}) at bibilangin sa iyong quota ng MailApp: hanggang {mails} mensahe bawat araw (may natitira kang {quota} ngayong araw). Kapag kulang ang quota, mauuna ang buod ng mga head, saka ang mga manager ayon sa pangalan. Itigil ito sa Suki › Mga ulat › Itigil ang araw-araw na buod.',
  'digest.turnedOnReplaces':
    '\n\nHanggang ngayon, mula sa account ni {email} ito ipinapadala: mula ngayon, sa iyo na ito manggagaling.',
  'digest.lastRun': '\n\nHuling buod, {date}: {sent} ang naipadala.',
  'digest.lastRunSkipped': ' Hindi naipadala (quota): {names}.',
  'digest.lastRunFailed': ' Nabigo: {names}.',
  'digest.lastRunError': '\n\nHuling buod, {date}: hindi ito naipadala ({error}).',
  'toast.digestOff': 'Nakapatay ang araw-araw na buod.',
  'digest.subject':
    'Suki: ang araw mo, {date} — {overdue} lampas na, {today} ngayong araw, {urgent} apurahan',
  'digest.headSubject':
    'Suki: ang araw ng team, {date} — {overdue} lampas na, {today} ngayong araw, {urgent} apurahan',
  'digest.greeting': 'Magandang araw, {name},',
  'digest.intro': 'narito ang araw mo sa {workbook} sa {date}.',
  'digest.headIntro': 'narito ang araw ng team sa {workbook} sa {date}.',
  'digest.overdue': 'Mga kontak na lampas na ({count})',
  'digest.today': 'Mga kontak ngayong araw ({count})',
  'digest.claims': 'Mga reklamong lampas o malapit na sa SLA ({count})',
  'digest.obligations': 'Mga obligasyong lampas na o dapat gawin sa loob ng {days} araw ({count})',
  'digest.more': '… at {count} pa sa Suki.',
  'digest.daysLate': '{days} araw nang lampas',
  'digest.dayLate': '1 araw nang lampas',
  'digest.dueToday': 'ngayong araw ang takdang petsa',
  'digest.daysLeft': 'sa loob ng {days} araw',
  'digest.dayLeft': 'bukas ang takdang petsa',
  'digest.forManager': 'para kay {name}',
  'digest.covering':
    'Ikaw ang humahalili kay {names} ngayong araw: may tandang “para kay …” ang kanilang mga gawain.',
  'digest.lineContact': '{client} · {what} · {date} ({when})',
  'digest.lineDue': '{client} · {what} · {date} ({when})',
  'digest.perManager': 'Bawat manager',
  'digest.summaryLine':
    '{name}: {overdue} lampas na, {today} ngayong araw, {claims} reklamo, {obligations} obligasyon',
  'digest.awayLine': ' — wala hanggang {until}, humahalili si {deputy}',
  'digest.totals':
    'Kabuuan: {overdue} lampas na, {today} ngayong araw, {claims} reklamo, {obligations} obligasyon',
  'digest.covers': 'Sino ang humahalili kanino ngayong araw',
  'digest.coverLine': 'Si {deputy} ang humahalili kay {manager} hanggang {until}',
  'digest.noCovers': 'Walang lumiban ngayong araw.',
  'digest.noManagers': 'Walang manager na may dapat gawin.',
  'digest.yourOwn': 'Ang sarili mong mga gawain',
  'digest.openLink': 'Buksan ang {workbook}',
  'digest.footer':
    'Ipinadala ni Suki mula sa account ni {sender}, ang head na nagbukas ng araw-araw na buod; bilang ito sa kaniyang quota ng e-mail (MailApp). Ang isang head ang makapagtitigil nito sa Suki › Mga ulat › Itigil ang araw-araw na buod.',
  'digest.nobody': 'wala',
};
