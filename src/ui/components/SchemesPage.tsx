import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Translator } from '../../core/i18n/format';
import type { FieldMessage } from '../../core/pageResult';
import { type ServerClient, serverClient } from '../client/serverClient';
import { type BannerMessage, FormBanner } from './FormBanner';
import { SchemeApply } from './SchemeApply';
import { type Draft, draftOf, payloadOf, SchemeEditor, sameDraft } from './SchemeEditor';
import { SchemeOffer } from './SchemeOffer';

type SchemesAnswer = Extract<Awaited<ReturnType<ServerClient['getSchemes']>>, { ok: true }>;

const byField = (errors: readonly FieldMessage[]) =>
  Object.fromEntries(errors.map((e) => [e.field, e.message]));

/** The Schemes sheet's rows that cannot be used, each in words. */
function Problems({ t, problems }: { t: Translator; problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <details class="scheme-problems">
      <summary>{t('schemes.problems', { count: problems.length })}</summary>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </details>
  );
}

/** The sidebar's data, read again after each write; `select` names the scheme to show then. */
function useSchemes() {
  const [data, setData] = useState<SchemesAnswer | null>(null);
  const [failure, setFailure] = useState('');
  const [selected, setSelected] = useState('');
  const load = async (select?: string): Promise<SchemesAnswer | null> => {
    const answer = await serverClient.getSchemes();
    if (!answer.ok) {
      setFailure(answer.message);
      return null;
    }
    setData(answer);
    const name = select ?? answer.schemes[0]?.name ?? '';
    setSelected(answer.schemes.some((s) => s.name === name) ? name : '');
    return answer;
  };
  useEffect(() => {
    load().catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  }, []);
  return { data, failure, selected, setSelected, load };
}

/**
 * The interaction schemes sidebar: pick a scheme or start a new one, edit its steps as a table,
 * save it (then, for clients already on it, the offer to update them), and apply it to clients.
 * Drafts are kept per scheme while the page is open, so switching schemes loses nothing typed.
 */
export function SchemesPage({ t }: { readonly t: Translator }) {
  const { data, failure, selected, setSelected, load } = useSchemes();
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<BannerMessage>(null);
  const [saving, setSaving] = useState(false);
  const [offerFor, setOfferFor] = useState<string | null>(null);
  const scheme = data?.schemes.find((s) => s.name === selected);
  // The saved scheme as a draft, made once per reading (its steps' keys stay put while unedited).
  const saved = useMemo(() => draftOf(scheme), [scheme]);
  if (failure) return <FormBanner banner={{ kind: 'error', text: failure }} />;
  if (!data) return <p aria-busy="true">…</p>;

  const draft = drafts[selected] ?? saved;
  const save = async () => {
    setSaving(true);
    try {
      const shown = scheme ? { name: scheme.name, steps: scheme.steps } : null;
      const answer = await serverClient.saveScheme(draft.name, draft.steps.map(payloadOf), shown);
      setErrors(answer.ok ? {} : byField(answer.fieldErrors));
      setBanner({ kind: answer.ok ? 'ok' : 'error', text: answer.message });
      if (!answer.ok) return;
      const { [selected]: _saved, ...others } = drafts;
      setDrafts(others);
      const fresh = (await load(answer.name))?.schemes.find((s) => s.name === answer.name);
      setOfferFor(fresh && fresh.active > 0 ? fresh.name : null);
    } catch (error) {
      setBanner({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setSaving(false);
    }
  };
  const select = (name: string) => {
    setSelected(name);
    setErrors({});
    setOfferFor(null);
  };
  return (
    <div class="schemes">
      <SchemeEditor
        t={t}
        schemes={data.schemes}
        selected={selected}
        onSelect={select}
        draft={draft}
        onEdit={(next) => setDrafts({ ...drafts, [selected]: next })}
        errors={errors}
        banner={banner}
        saving={saving}
        onSave={() => void save()}
        onOffer={scheme && scheme.active > 0 && offerFor === null ? () => setOfferFor(scheme.name) : null}
      />
      {offerFor ? (
        <SchemeOffer
          t={t}
          scheme={offerFor}
          onDone={() => void load(offerFor)}
          onClose={() => setOfferFor(null)}
        />
      ) : null}
      {scheme && !sameDraft(draft, saved) ? <p class="muted">{t('schemes.saveFirst')}</p> : null}
      <SchemeApply
        t={t}
        scheme={scheme ? scheme.name : null}
        choices={data.choices}
        today={data.today}
        client={data.client}
        onApplied={() => void load(selected)}
      />
      <Problems t={t} problems={data.problems} />
    </div>
  );
}
