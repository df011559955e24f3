import { useEffect, useState } from 'preact/hooks';
import type { Translator } from '../../../core/i18n/format';
import type { SpaceView } from '../../../server/settings';
import { serverClient } from '../../client/serverClient';

/** Cells and shares line up on the right, as figures do. */
const FIGURE = { textAlign: 'right', whiteSpace: 'nowrap' } as const;

/**
 * The space the spreadsheet uses, under the settings: the cells used of Google Sheets' 10 million,
 * when it will be full at the current rate, the warning from 80% on, and what each table uses.
 */
export function SpaceUsed({ t }: { readonly t: Translator }) {
  const [space, setSpace] = useState<SpaceView | null>(null);
  useEffect(() => {
    serverClient.getAnalysisSettings().then(
      (loaded) => setSpace(loaded.ok ? loaded.space : null),
      // The settings form says what failed; this part then stays away.
      () => setSpace(null),
    );
  }, []);
  if (!space) return null;
  return (
    <section aria-labelledby="space-used">
      <h2 id="space-used">{t('space.title')}</h2>
      {space.warning ? (
        <div class="banner banner--error" role="alert">
          {space.warning}
        </div>
      ) : null}
      <p>
        {space.summary} {space.fullIn}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('space.sheet')}</th>
            <th scope="col" style={FIGURE}>
              {t('space.cells')}
            </th>
            <th scope="col" style={FIGURE}>
              {t('space.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {space.parts.map((part) => (
            <tr key={part.label}>
              <td>{part.label}</td>
              <td style={FIGURE}>{part.cells}</td>
              <td style={FIGURE}>{part.share}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
