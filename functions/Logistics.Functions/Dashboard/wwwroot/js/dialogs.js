// One modal dialog at a time (the native <dialog>: focus stays inside, Escape cancels), for confirming actions.
import { h } from './dom.js';

let open = 0;

/** True while a dialog is open (auto-refresh waits). */
export const dialogOpen = () => open > 0;

/**
 * Asks for confirmation, with optional fields. Resolves with the fields' values, or null when cancelled.
 * field: { name, label, type: 'text' | 'json', value, options (suggestions), required, help }
 */
export function confirmAction({ title, message, confirmLabel, danger = false, fields = [] }) {
  return new Promise((resolve) => {
    const id = `dlg-${Math.random().toString(36).slice(2, 8)}`;
    const inputs = new Map();
    const errors = new Map();

    const fieldNodes = fields.map((f, i) => {
      const inputId = `${id}-f${i}`;
      const errorId = `${inputId}-error`;
      const helpId = `${inputId}-help`;
      const described = [f.help && helpId, errorId].filter(Boolean).join(' ');
      const listId = f.type !== 'json' && f.options?.length ? `${inputId}-list` : undefined;
      const input = f.type === 'json'
        ? h('textarea', { id: inputId, rows: '8', spellcheck: 'false', class: 'code', 'aria-describedby': described }, f.value ?? '')
        : h('input', { id: inputId, type: 'text', value: f.value ?? '', list: listId, autocomplete: 'off', required: f.required, 'aria-describedby': described });
      const suggestions = listId ? h('datalist', { id: listId }, f.options.map((o) => h('option', { value: o }))) : null;

      inputs.set(f.name, input);
      const error = h('p', { id: errorId, class: 'error', 'aria-live': 'polite' });
      errors.set(f.name, error);
      return h('div', { class: 'field' },
        h('label', { for: inputId }, f.label),
        input,
        suggestions,
        f.help ? h('p', { id: helpId, class: 'help' }, f.help) : null,
        f.type === 'json' ? h('button', { type: 'button', class: 'quiet small', onclick: () => format(f.name) }, 'Format JSON') : null,
        error);
    });

    const confirm = h('button', { type: 'submit', class: danger ? 'danger' : 'primary', value: 'confirm' }, confirmLabel);
    const cancel = h('button', { type: 'button', class: 'quiet', onclick: () => dialog.close('cancel') }, 'Cancel');
    const form = h('form', { method: 'dialog', novalidate: true },
      h('h2', { id: `${id}-title` }, title),
      h('p', { id: `${id}-message` }, message),
      fieldNodes,
      h('div', { class: 'dialog-buttons' }, cancel, confirm));
    const dialog = h('dialog', { 'aria-labelledby': `${id}-title`, 'aria-describedby': `${id}-message`, class: danger ? 'danger' : undefined }, form);

    function validate() {
      let valid = true;
      for (const f of fields) {
        const input = inputs.get(f.name);
        let problem = '';
        if (f.required && !input.value.trim()) problem = `${f.label} is required.`;
        if (!problem && f.type === 'json' && input.value.trim()) {
          try { JSON.parse(input.value); } catch (e) { problem = `Not valid JSON: ${e.message}`; }
        }

        errors.get(f.name).textContent = problem;
        input.setAttribute('aria-invalid', problem ? 'true' : 'false');
        valid &&= !problem;
      }

      confirm.disabled = !valid;
      return valid;
    }

    function format(name) {
      const input = inputs.get(name);
      try { input.value = JSON.stringify(JSON.parse(input.value), null, 2); } catch { /* validate() says why */ }
      validate();
    }

    form.addEventListener('input', validate);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (validate()) dialog.close('confirm');
    });
    dialog.addEventListener('close', () => {
      open--;
      const values = dialog.returnValue === 'confirm' ? Object.fromEntries(fields.map((f) => [f.name, inputs.get(f.name).value])) : null;
      dialog.remove();
      resolve(values);
    });

    document.body.append(dialog);
    open++;
    dialog.showModal();
    validate();
    (fields.length ? inputs.get(fields[0].name) : cancel).focus();
  });
}
