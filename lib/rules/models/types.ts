import type { CountKind, Counts, Employee, Team, User } from '../schemas';

/** What a model may ask about the rest of the tenant while deciding whether one item takes a seat. */
export interface Facts {
  isTeamActive(id: string): boolean;
  /** Whether the profile grants the module (an unknown or missing profile grants none). */
  grants(profile: string | undefined, module: string): boolean;
}

type CountsOf<K extends CountKind> = Extract<Counts, { kind: K }>;

interface UserModel<K extends CountKind> {
  kind: K;
  subject: 'user';
  /** A user holds at most one seat across all pools of this kind, in the first in policy order. */
  exclusive?: boolean;
  /** Snapshot lists whose ids a user's references must resolve to. */
  needs?: 'profiles' | 'teams';
  /** Whether a user with a login takes a seat in a pool counting `counts`. */
  takes(counts: CountsOf<K>, user: User, facts: Facts): boolean;
}

interface EmployeeModel<K extends CountKind> {
  kind: K;
  subject: 'employee';
  takes(counts: CountsOf<K>, employee: Employee): boolean;
}

interface TeamModel<K extends CountKind> {
  kind: K;
  subject: 'team';
  takes(counts: CountsOf<K>, team: Team): boolean;
}

export type CountModel<K extends CountKind = CountKind> = UserModel<K> | EmployeeModel<K> | TeamModel<K>;
