import type { ReactNode } from 'react';
import { sectionHeadingId, sectionTitle, type SectionId } from './section-ids';

/** One section of the options page: its title (focused when the user picks it in the navigation) and its parts. */
export function SectionPanel({ id, intro, children }: { id: SectionId; intro: string; children: ReactNode }) {
  return (
    <section className="options-panel" aria-labelledby={sectionHeadingId(id)}>
      <div className="options-panel-head">
        <h2 id={sectionHeadingId(id)} tabIndex={-1}>
          {sectionTitle(id)}
        </h2>
        <p className="vault-note">{intro}</p>
      </div>
      {children}
    </section>
  );
}
