import type { CountModel } from './types';

// Legacy counting before per-customer activation: unique active employees (000_f86646bbf488b9ea.txt).
export const activeEmployees: CountModel<'active-employees'> = {
  kind: 'active-employees',
  subject: 'employee',
  takes: (_counts, employee) => employee.active,
};
