/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import type { FieldErrors, UserFormValues } from '../forms';
import type { Site, TenantView } from '../sites/types';
import { adminUrl } from '../urls';
import { TextField } from './fields';
import { Csrf, Layout } from './layout';

export interface UserFormState {
  values: UserFormValues;
  errors: FieldErrors;
  /** The vendor's refusal of the last submit; the form keeps what was typed. */
  alert: string | undefined;
  offerPool: string | undefined;
}

interface Props extends UserFormState {
  site: Site;
  view: TenantView;
  csrf: string;
  /** The user being edited; undefined on the create form. */
  userId: string | undefined;
}

/** Create (`#user-create`) or edit (`#user-edit`) one user, with the fields the vendor's model needs. */
export function UserFormPage(props: Props) {
  const { site, view, csrf, userId, values, errors, alert } = props;
  const { text } = site;
  const current = userId ? (view.names.users.get(userId)?.name ?? userId) : undefined;
  const title = current === undefined ? text.users.createTitle : text.users.editTitle(current);
  const action = userId ? adminUrl(view.id, 'users', userId) : adminUrl(view.id, 'users');
  return (
    <Layout site={site} tenant={view} page="users" title={title} count={site.count(view)} alert={alert}>
      <form id={userId ? 'user-edit' : 'user-create'} class="form" method="post" action={action}>
        <Csrf token={csrf} />
        <TextField name="name" label={text.fields.name} value={values.name} error={errors.name} />
        <TextField
          name="email"
          label={text.fields.email}
          type="email"
          value={values.email}
          error={errors.email}
        />
        <site.Fields
          values={values}
          errors={errors}
          view={view}
          userId={userId}
          offerPool={props.offerPool}
        />
        <div class="form-actions">
          <button type="submit" class="button primary">
            {userId ? text.actions.save : text.actions.create}
          </button>
          <a href={adminUrl(view.id, 'users')}>{text.actions.cancel}</a>
        </div>
      </form>
    </Layout>
  );
}
