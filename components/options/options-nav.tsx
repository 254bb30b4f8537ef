import { SECTIONS, type SectionId } from './sections/section-ids';

/**
 * The sections' navigation: a sidebar on wide windows, tabs across the top on narrow ones. Each link is the
 * section's own URL (`#skyvern`); `onPick` runs when the user follows one (its heading then gets focus).
 */
export function OptionsNav({ current, onPick }: { current: SectionId; onPick: (id: SectionId) => void }) {
  return (
    <nav className="options-nav" aria-label="Settings sections">
      <ul>
        {SECTIONS.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`} aria-current={s.id === current ? 'page' : undefined} onClick={() => onPick(s.id)}>
              {s.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
