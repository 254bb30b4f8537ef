import { Fragment, type ReactNode } from 'react';

/** Stands in a translated sentence for the element `withElement` puts there: `i18n.t(key, { host: SLOT })`. */
export const SLOT = '\u0000';

/** A translated sentence with one element inside ("{host} is not a website of …" with the host in bold). */
export function withElement(text: string, element: ReactNode): ReactNode {
  const [before, after = ''] = text.split(SLOT);
  return (
    <>
      {before}
      <Fragment>{element}</Fragment>
      {after}
    </>
  );
}
