/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import type { FieldErrors, InviteFormValues } from '../forms';
import type { InviteText, Site, TenantView } from '../sites/types';
import { adminUrl } from '../urls';
import { CheckboxField, SelectField, TextAreaField } from './fields';
import { Csrf, Layout } from './layout';

export interface InviteFormState {
  values: InviteFormValues;
  errors: FieldErrors;
  /** The vendor's refusal of the last submit; the form keeps what was typed. */
  alert: string | undefined;
  /** The pool and number of seats a refused invite needs (003_129daf66f7fe1fe3.txt). */
  offer: { pool: string; seats: number } | undefined;
}

interface Props extends InviteFormState {
  site: Site;
  invite: InviteText;
  view: TenantView;
  csrf: string;
}

/** Invite several people with one role (`#user-invite`): addresses, role, and the vendor's consent box. */
export function InvitePage({ site, invite, view, csrf, values, errors, alert, offer }: Props) {
  return (
    <Layout
      site={site}
      tenant={view}
      page="users"
      title={invite.title}
      count={site.count(view)}
      alert={alert}
    >
      <form id="user-invite" class="form" method="post" action={adminUrl(view.id, 'users', 'invite')}>
        <p class="intro">{invite.intro}</p>
        <Csrf token={csrf} />
        <TextAreaField name="emails" label={invite.emails} value={values.emails} error={errors.emails} />
        <SelectField
          name="roles"
          label={invite.role}
          value={values.roles}
          options={invite.roles}
          error={errors.roles}
        />
        <CheckboxField
          name="confirmPurchase"
          label={invite.offer(view, offer?.pool, offer?.seats ?? 1)}
          checked={values.confirmPurchase}
        />
        <div class="form-actions">
          <button type="submit" class="button primary">
            {invite.submit}
          </button>
          <a href={adminUrl(view.id, 'users')}>{site.text.actions.cancel}</a>
        </div>
      </form>
    </Layout>
  );
}
