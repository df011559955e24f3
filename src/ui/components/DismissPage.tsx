import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../../core/i18n/en';
import type { Translator } from '../../core/i18n/format';
import { closePage, type ServerClient, serverClient } from '../client/serverClient';

type Banner = { kind: 'ok' | 'error'; text: string } | null;

/** A member as the server lists them for this page. */
type Member = Extract<
  Awaited<ReturnType<ServerClient['getDismissalChoices']>>,
  { ok: true }
>['members'][number];

/** How a member reads in the lists: "Name · role" (the e-mail when there is no name). */
function memberLabel(t: Translator, member: Member): string {
  return `${member.name || member.email} · ${t(`choice.role.${member.role}` as MessageKey)}`;
}

/** The member under `email`, or undefined. */
function memberOf(members: readonly Member[], email: string): Member | undefined {
  return members.find((member) => member.email === email);
}

/**
 * Dismiss a team member (heads only): choose whom, and who takes over their clients and open work,
 * then confirm in the page (sidebars may block window.confirm). The server does it in one locked
 * step and says what moved; the choices then reload, without the dismissed person.
 */
export function DismissPage({ t, userEmail }: { readonly t: Translator; readonly userEmail: string }) {
  const [members, setMembers] = useState<readonly Member[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [member, setMember] = useState('');
  const [successor, setSuccessor] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [banner, setBanner] = useState<Banner>(null);
  const runButton = useRef<HTMLButtonElement>(null);

  const load = useCallback(() => {
    serverClient.getDismissalChoices().then(
      (answer) => {
        if (!answer.ok) {
          setLoadError(answer.message);
          return;
        }
        setLoadError(null);
        setMembers(answer.members);
        // A choice that left the team (dismissed just now, or by another head) is no choice.
        setMember((chosen) => (memberOf(answer.members, chosen) ? chosen : ''));
        setSuccessor((chosen) => (memberOf(answer.members, chosen) ? chosen : ''));
      },
      (error: Error) => setLoadError(error.message),
    );
  }, []);
  useEffect(load, [load]);
  // The confirm step takes the focus, so Enter or Space confirms and Escape steps back.
  useEffect(() => {
    if (confirming) runButton.current?.focus();
  }, [confirming]);

  if (!members) {
    return loadError ? (
      <div class="banner banner--error" role="alert">
        {loadError}
      </div>
    ) : (
      <p aria-busy="true">{t('form.loading')}</p>
    );
  }

  // One cannot dismiss oneself (the server refuses it too), so the caller is offered only as successor.
  const me = userEmail.trim().toLowerCase();
  const dismissable = members.filter((m) => m.email.toLowerCase() !== me);
  const successors = members.filter((m) => m.email !== member);
  const leaving = memberOf(members, member);
  const heir = memberOf(members, successor);
  const canRun = Boolean(leaving && heir) && !busy;

  const chooseMember = (email: string) => {
    setMember(email);
    setConfirming(false);
    // The successor is never the one leaving.
    if (successor === email) setSuccessor('');
  };
  const chooseSuccessor = (email: string) => {
    setSuccessor(email);
    setConfirming(false);
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!canRun) return;
    if (!confirming) {
      setBanner(null);
      setConfirming(true);
      return;
    }
    setBusy(true);
    try {
      const result = await serverClient.dismissMember(member, successor);
      setBanner({ kind: result.ok ? 'ok' : 'error', text: result.message });
      if (result.ok) {
        setMember('');
        load();
      }
    } catch (error) {
      setBanner({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || busy) return;
    event.preventDefault();
    if (confirming) setConfirming(false);
    else closePage();
  };

  const nobody = members.length < 2 || dismissable.length === 0;
  return (
    <form noValidate onSubmit={submit} onKeyDown={onKeyDown} aria-busy={busy ? true : undefined}>
      <h1>{t('dismiss.title')}</h1>
      {banner ? (
        <div class={`banner banner--${banner.kind}`} role={banner.kind === 'error' ? 'alert' : 'status'}>
          {banner.text}
        </div>
      ) : null}
      {loadError ? (
        <div class="banner banner--error" role="alert">
          {loadError}
        </div>
      ) : null}
      {nobody ? (
        <p class="muted">{t('dismiss.none')}</p>
      ) : (
        <>
          <div class="field">
            <label for="dismiss-member">{t('dismiss.member')}</label>
            <select
              id="dismiss-member"
              value={member}
              disabled={busy}
              onChange={(e) => chooseMember(e.currentTarget.value)}
            >
              <option value="">{t('form.choose')}</option>
              {dismissable.map((m) => (
                <option key={m.email} value={m.email}>
                  {memberLabel(t, m)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="dismiss-successor">{t('dismiss.successor')}</label>
            <select
              id="dismiss-successor"
              value={successor}
              disabled={busy}
              onChange={(e) => chooseSuccessor(e.currentTarget.value)}
            >
              <option value="">{t('form.choose')}</option>
              {successors.map((m) => (
                <option key={m.email} value={m.email}>
                  {memberLabel(t, m)}
                </option>
              ))}
            </select>
          </div>
          {confirming && leaving && heir ? (
            <div class="banner banner--confirm" id="dismiss-summary" role="status">
              <p>
                {t('dismiss.confirm', { member: memberLabel(t, leaving), successor: memberLabel(t, heir) })}
              </p>
              <dl class="summary">
                <dt>{t('dismiss.member')}</dt>
                <dd>
                  {memberLabel(t, leaving)} <span class="muted">{leaving.email}</span>
                </dd>
                <dt>{t('dismiss.successor')}</dt>
                <dd>
                  {memberLabel(t, heir)} <span class="muted">{heir.email}</span>
                </dd>
              </dl>
            </div>
          ) : null}
        </>
      )}
      <div class="actions">
        {nobody ? null : (
          <button
            type="submit"
            ref={runButton}
            class={confirming ? 'danger' : 'primary'}
            disabled={!canRun}
            aria-describedby={confirming ? 'dismiss-summary' : undefined}
          >
            {busy ? t('dismiss.running') : confirming ? t('dismiss.run') : `${t('dismiss.run')}…`}
          </button>
        )}
        <button type="button" onClick={closePage} disabled={busy}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
