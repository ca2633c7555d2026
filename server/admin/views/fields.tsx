/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import type { Child } from 'hono/jsx';

// Form controls shared by the vendor sites; every value is rendered as text (hono/jsx escapes it).

interface FieldProps {
  name: string;
  label: string;
  error: string | undefined;
}

function ErrorText({ name, error }: { name: string; error: string | undefined }) {
  return error ? (
    <p class="field-error" id={`error-${name}`}>
      {error}
    </p>
  ) : null;
}

export function TextField(
  props: FieldProps & { value: string; type?: 'text' | 'email' | 'date' | 'number' },
) {
  const { name, label, error, value, type = 'text' } = props;
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={`field-${name}`}>{label}</label>
      <input
        id={`field-${name}`}
        name={name}
        type={type}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `error-${name}` : undefined}
      />
      <ErrorText name={name} error={error} />
    </div>
  );
}

/** A multi-line text, e.g. a list of e-mail addresses, one per line. */
export function TextAreaField(props: FieldProps & { value: string; rows?: number }) {
  const { name, label, error, value, rows = 6 } = props;
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={`field-${name}`}>{label}</label>
      <textarea
        id={`field-${name}`}
        name={name}
        rows={rows}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `error-${name}` : undefined}
      >
        {value}
      </textarea>
      <ErrorText name={name} error={error} />
    </div>
  );
}

export function CheckboxField(props: {
  name: string;
  label: Child;
  checked: boolean;
  value?: string;
  id?: string;
}) {
  const { name, label, checked, value = '1', id = `field-${name}` } = props;
  return (
    <div class="field checkbox">
      <input id={id} name={name} type="checkbox" value={value} checked={checked} />
      <label for={id}>{label}</label>
    </div>
  );
}

interface Option {
  value: string;
  label: string;
}

export function SelectField(props: FieldProps & { value: string; options: readonly Option[] }) {
  const { name, label, error, value, options } = props;
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={`field-${name}`}>{label}</label>
      <select id={`field-${name}`} name={name} aria-invalid={error ? 'true' : undefined}>
        {options.map((o) => (
          <option value={o.value} selected={o.value === value}>
            {o.label}
          </option>
        ))}
      </select>
      <ErrorText name={name} error={error} />
    </div>
  );
}

/** A group of checkboxes sharing one name, e.g. a user's teams. */
export function CheckboxGroup(props: FieldProps & { values: readonly string[]; options: readonly Option[] }) {
  const { name, label, error, values, options } = props;
  return (
    <fieldset class={error ? 'field group invalid' : 'field group'}>
      <legend>{label}</legend>
      {options.map((o) => (
        <CheckboxField
          name={name}
          id={`field-${name}-${o.value}`}
          value={o.value}
          label={o.label}
          checked={values.includes(o.value)}
        />
      ))}
      <ErrorText name={name} error={error} />
    </fieldset>
  );
}
