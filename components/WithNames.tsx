import type { NamesProps } from './Names';
import { Names } from './Names';

/** Stands for the list of names in a sentence, which is then rendered around it. */
export const NAMES = '\u0000';

export interface WithNamesProps extends NamesProps {
  /** A sentence with NAMES where the names go. */
  text: string;
}

/** A sentence naming people or teams, with the names as links where the host says where to act on them. */
export function WithNames({ text, ...names }: WithNamesProps) {
  const at = text.indexOf(NAMES);
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <Names {...names} />
      {text.slice(at + NAMES.length)}
    </>
  );
}
