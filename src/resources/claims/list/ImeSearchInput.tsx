/**
 * The queue's text search, safe with a Japanese IME: while the IME is composing (between
 * `compositionstart` and `compositionend`) what is typed stays in the box and is not searched; the
 * text is pushed to the filter form when the composition ends, or on each change outside a
 * composition. Enter while composing confirms the conversion only, never submits the filter form.
 * (react-admin's SearchInput pushes every change, kana included, after its debounce.)
 */
import SearchIcon from '@mui/icons-material/Search';
import { InputAdornment, TextField } from '@mui/material';
import { useState, type ChangeEvent, type CompositionEvent, type KeyboardEvent } from 'react';
import { useInput, useTranslate } from 'react-admin';

/** Props as react-admin's filter form passes them; `source` is the filter key (`q`). */
export interface ImeSearchInputProps {
  source: string;
  /** A filter shown at all times (react-admin's FilterForm reads it). */
  alwaysOn?: boolean;
  /** Translation key of the accessible label and placeholder. */
  label?: string;
  placeholder?: string;
}

/** A search box bound to the filter form's `source` that never searches a composition in progress. */
export function ImeSearchInput({ source, label = 'app.queue.filter.q', placeholder = 'app.queue.filter.q_placeholder' }: ImeSearchInputProps) {
  const translate = useTranslate();
  const { field } = useInput({ source });
  const value = typeof field.value === 'string' ? field.value : '';
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  const [composing, setComposing] = useState(false);
  // The filter changed from elsewhere (a saved filter, "clear"): show it, unless the user is composing.
  if (value !== seen && !composing) {
    setSeen(value);
    setDraft(value);
  }
  const push = (text: string) => {
    setSeen(text);
    field.onChange(text);
  };
  return (
    <TextField
      value={draft}
      hiddenLabel
      variant="filled"
      size="small"
      sx={{ width: '24em', maxWidth: '100%' }}
      placeholder={translate(placeholder)}
      onChange={(event: ChangeEvent<HTMLInputElement>) => {
        setDraft(event.target.value);
        const nativeComposing = 'isComposing' in event.nativeEvent && event.nativeEvent.isComposing === true;
        if (!composing && !nativeComposing) push(event.target.value);
      }}
      slotProps={{
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <SearchIcon color="disabled" />
            </InputAdornment>
          ),
        },
        htmlInput: {
          'aria-label': translate(label),
          type: 'search',
          onCompositionStart: () => setComposing(true),
          onCompositionEnd: (event: CompositionEvent<HTMLInputElement>) => {
            setComposing(false);
            setDraft(event.currentTarget.value);
            push(event.currentTarget.value);
          },
          onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
            if (event.key === 'Enter' && (composing || event.nativeEvent.isComposing)) event.preventDefault();
          },
        },
      }}
    />
  );
}
