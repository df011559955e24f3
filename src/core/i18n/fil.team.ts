import type { enTeam } from './en.team';

/** Filipino messages of the team (the keys of en.team.ts). */
export const filTeam: Record<keyof typeof enTeam, string> = {
  'sheet.absences': 'Mga pagliban',
  'col.absence.manager': 'Manager na liban',
  'col.absence.from': 'Unang araw',
  'col.absence.to': 'Huling araw',
  'col.absence.reason': 'Dahilan',
  'col.absence.deputy': 'Kahalili',
  'col.audit.capacity': 'Bilang',
  'choice.absenceReason.illness': 'Sakit',
  'choice.absenceReason.vacation': 'Bakasyon',
  'choice.absenceReason.other': 'Iba pa',

  'menu.team': 'Koponan',
  'menu.teamForm': 'Magtalaga ng kasapi…',
  'menu.absenceForm': 'Magtala ng pagliban…',
  'menu.dismiss': 'Magtanggal ng kasapi…',
  'menu.identify': 'Sabihin sa Suki kung sino ka…',
  'form.section.absence': 'Pagliban',

  'access.hiddenEmail':
    'Hindi sinasabi ng Google sa Suki kung sino ka (nangyayari ito sa mga personal na account na nasa labas ng domain ng spreadsheet). Piliin ang Suki › Tulong › Sabihin sa Suki kung sino ka… at ibigay nang minsan ang iyong e-mail address.',
  'access.notOnTeam':
    'Wala si {email} sa koponan ng workbook na ito, kaya hindi ito magagawa ng Suki para sa iyo. Hilingin sa isang head na italaga ka (Suki › Koponan › Magtalaga ng kasapi…).',
  'access.headOnly': 'Ang head lang ng koponan ang makagagawa nito; manager si {email}.',
  'access.unverifiedHead':
    'Hindi matiyak ng Suki na ikaw si {email}, kaya hindi ibinibigay ang karapatan ng head. Buksan ang spreadsheet na naka-sign in sa Google account na iyon.',
  'access.notYours':
    'Gawain ni {owner} ang {id}. Sariling kliyente lang at ang mga sinasaklaw bilang kahalili ang hawak ng manager; makipag-usap kay {owner} o sa isang head.',
  'access.clientNotYours':
    '{field}: kliyente ni {owner} ang {id}. Sa sarili mong kliyente lang at sa mga sinasaklaw mo bilang kahalili ka makapagdaragdag ng gawain.',
  'access.ownerNotAllowed':
    '{field}: maibibigay lang ng manager ang gawain sa sarili niya o maiiwan sa manager na sinasaklaw niya; ang head ang makapagbibigay nito kaninuman sa koponan.',
  'access.ownerNotOnTeam': '{field}: hindi aktibong kasapi ng koponan si {email}.',
  'access.setUpHeadOnly': 'Ang head lang ng koponan ang makapag-aayos o makapaghahanda ng workbook.',

  'error.headMustFinish':
    'Naantala ang isang pagbabagong ginagawa ng head, at head lang ang makatatapos sa pagbawi nito. Hilingin sa isang head na buksan ang Suki (kahit anong gawain); walang naisulat sa iyong ginawa.',
  'setup.protectionsFailed':
    'Hindi naprotektahan ng Suki ang mga sheet na Koponan at Mga pagliban para sa mga head ({detail}). Sinusuri pa rin ng Suki ang bawat gawain; patakbuhin muli mamaya ang Ihanda ang workbook.',
  'team.sheetsLocked':
    'Hindi maisulat ng Suki para sa iyo ang mga sheet na Koponan at Mga pagliban: hindi ka nakalista sa proteksyon nila. Patakbuhin ang Suki › Ihanda ang workbook, saka subukang muli.',
  'team.emailTaken': '{field}: nasa koponan na si {email} ({id}).',
  'team.emailFixed':
    '{field}: hindi mababago ang e-mail ng kasapi, dahil doon nakatala ang kanyang gawain. Italaga ang bagong address at tanggalin ang luma.',
  'team.archiveNotAllowed':
    'Hindi ina-archive ang kasapi ng koponan: gamitin ang Suki › Koponan › Magtanggal ng kasapi…, na naglilipat muna ng kanyang gawain.',
  'team.ownRole': '{field}: walang nagbabago ng sarili niyang tungkulin; humiling sa ibang head.',
  'team.lastHead': '{field}: dapat may kahit isang head ang koponan.',
  'team.notYourself': 'Hindi mo matatanggal ang sarili mo; humiling sa ibang head.',
  'team.dismissUnknown': 'Hindi aktibong kasapi ng koponan si {email}.',
  'team.successorInvalid': 'Piliin kung sino ang hahalili: ibang aktibong kasapi ng koponan.',
  'team.dismissed':
    'Tinanggal si {email}: kay {successor} na ang {clients} kliyente at {items} bukas na gawain.',
  'team.firstHead': 'Ikaw ang unang head ng koponan ng workbook na ito ({email}).',

  'absence.notManager': '{field}: hindi aktibong manager si {email}.',
  'absence.deputyInvalid': '{field}: dapat ibang aktibong kasapi ng koponan ang kahalili.',
  'absence.order': '{field}: hindi maaaring mauna ang huling araw sa unang araw.',
  'absence.overlap': '{field}: liban na si {manager} mula {from} hanggang {to} ({id}).',

  'identity.title': 'Sino ka?',
  'identity.prompt':
    'Hindi ipinapakita ng Google sa Suki ang iyong e-mail address. I-type ito nang minsan: itatago ito ng Suki para sa iyo lamang, at mamarkahang hindi beripikado ang iyong mga gawa sa talaan ng pagbabago.',
  'identity.saved': 'Kikilalanin ka ng Suki bilang {email} (hindi beripikado).',
  'identity.notNeeded': 'Sinasabi na ng Google sa Suki na ikaw si {email}.',
  'identity.invalid': 'Hindi iyan e-mail address; walang itinago.',

  'dismiss.title': 'Magtanggal ng kasapi',
  'dismiss.member': 'Kasaping tatanggalin',
  'dismiss.successor': 'Mapupunta ang mga kliyente at bukas na gawain niya kay',
  'dismiss.run': 'Tanggalin at ilipat ang gawain',
  'dismiss.confirm':
    'Tanggalin si {member}? Mapupunta kay {successor} ang mga kliyente at bukas na gawain niya. Pindutin muli ang button para kumpirmahin.',
  'dismiss.running': 'Tinatanggal at inililipat ang gawain…',
  'dismiss.none': 'Wala nang ibang matatanggal.',

  'picker.covering': 'sinasaklaw para kay {owner}',
};
