import type { Translator } from '../../core/i18n/format';
import type { SpaceView } from '../../server/settings';

/** Cells and shares line up on the right, as figures do. */
const FIGURE = { textAlign: 'right', whiteSpace: 'nowrap' } as const;

/**
 * The space the spreadsheet uses, under the settings (measured by the same call that loaded them):
 * the cells used of Google Sheets' 10 million, when it will be full at the current rate, the
 * warning from 80% on, and what each table uses.
 */
export function SpaceUsed({ t, space }: { readonly t: Translator; readonly space: SpaceView }) {
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
