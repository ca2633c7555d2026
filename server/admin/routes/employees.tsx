/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import type { Hono } from 'hono';
import type { Deps } from '../../deps';
import type { AdminEnv } from '../env';
import { messagePage, viewOf } from '../pages';
import { render } from '../render';
import { EmployeesPage } from '../views/employees-page';

/** Employees (QicsMilestones): who is linked to a user and so takes a seat. */
export function employeeRoutes(app: Hono<AdminEnv>, deps: Deps): void {
  app.get('/employees', (c) => {
    const text = c.var.site.employees;
    if (!text) return messagePage(c, 404);
    return render(c, 200, <EmployeesPage site={c.var.site} text={text} view={viewOf(c, deps)} />);
  });
}
