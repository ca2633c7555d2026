import { type Facts, modelFor } from './models';
import type { Employee, Pool, Team, User } from './schemas';

/** Who takes a seat in which pool, compiled once per policy from its pools' models. */
export interface SeatCounter {
  /** Pool indices where a user takes a seat; a user without a login, or not billable, takes none. */
  user(user: User, facts: Facts): number[];
  employee(employee: Employee): number[];
  team(team: Team): number[];
}

interface Taker<T> {
  pool: number;
  /** Set for kinds where a person holds at most one seat across their pools (role, 003). */
  exclusive: string | null;
  takes: (item: T, facts: Facts) => boolean;
}

function takers(pools: readonly Pool[]) {
  const users: Taker<User>[] = [];
  const employees: Taker<Employee>[] = [];
  const teams: Taker<Team>[] = [];
  pools.forEach((pool, i) => {
    const model = modelFor(pool.counts);
    const counts = pool.counts;
    if (model.subject === 'user') {
      const exclusive = model.exclusive ? model.kind : null;
      users.push({ pool: i, exclusive, takes: (user, facts) => model.takes(counts, user, facts) });
    } else if (model.subject === 'employee') {
      employees.push({ pool: i, exclusive: null, takes: (employee) => model.takes(counts, employee) });
    } else {
      teams.push({ pool: i, exclusive: null, takes: (team) => model.takes(counts, team) });
    }
  });
  return { users, employees, teams };
}

function seatsOf<T>(list: readonly Taker<T>[], item: T, facts: Facts): number[] {
  const seats: number[] = [];
  let seated: string[] | null = null;
  for (const taker of list) {
    if (!taker.takes(item, facts)) continue;
    if (taker.exclusive !== null) {
      if (seated?.includes(taker.exclusive)) continue;
      seated = [...(seated ?? []), taker.exclusive];
    }
    seats.push(taker.pool);
  }
  return seats;
}

export function seatCounter(pools: readonly Pool[], facts: Facts): SeatCounter {
  const { users, employees, teams } = takers(pools);
  const none: number[] = [];
  return {
    // A vendor's own staff is not billed, whatever it holds (003; rules-api.md v1.1 2).
    user: (user, at) => (user.login && user.billable && users.length ? seatsOf(users, user, at) : none),
    employee: (employee) => (employees.length ? seatsOf(employees, employee, facts) : none),
    team: (team) => (teams.length ? seatsOf(teams, team, facts) : none),
  };
}
