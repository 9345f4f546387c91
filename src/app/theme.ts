/**
 * The app's MUI theme: react-admin's default, with a font stack that renders Japanese well, and
 * accessibility fixes found by axe-core (tests/e2e/a11y.e2e.test.ts, issue 7 item 5):
 * - warning and info are darkened so that white text on a filled chip and coloured text on white
 *   reach WCAG AA contrast (4.5:1; MUI's defaults #ed6c02 and #0288d1 give 3.1 and 3.9);
 * - every button, link-button, checkbox and menu item shows keyboard focus with an outline;
 * - a checkbox given an `aria-label` (react-admin's Datagrid row and select-all checkboxes) carries
 *   it on its <input>, where it names the control, not on the wrapping <span>, where ARIA forbids it.
 */
import type { CheckboxOwnerState } from '@mui/material';
import { defaultTheme, type RaThemeOptions } from 'react-admin';

/** The `slotProps.input` of every checkbox: the inputProps given, plus the checkbox's own aria-label. */
function checkboxInputProps(ownerState: CheckboxOwnerState) {
  const label = ownerState['aria-label'];
  return label === undefined ? { ...ownerState.inputProps } : { ...ownerState.inputProps, 'aria-label': label };
}

export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    ...defaultTheme.palette,
    primary: { main: '#1b5e20' },
    secondary: { main: '#2e3b4e' },
    warning: { main: '#b45309' },
    info: { main: '#01579b' },
  },
  typography: {
    fontFamily: ['"Hiragino Sans"', '"Noto Sans JP"', '"IPAPGothic"', '"Yu Gothic"', 'Meiryo', 'Roboto', 'sans-serif'].join(','),
  },
  components: {
    ...defaultTheme.components,
    MuiButtonBase: {
      ...defaultTheme.components?.MuiButtonBase,
      styleOverrides: {
        root: {
          // MUI marks keyboard focus with a faint ripple only: an outline in the text colour (white in the
          // app bar, the button colour on a page), dark around a filled button (WCAG 2.4.7).
          '&.Mui-focusVisible': { outline: '2px solid currentColor', outlineOffset: 2 },
          '&.MuiButton-contained.Mui-focusVisible': { outlineColor: 'rgba(0, 0, 0, 0.87)' },
        },
      },
    },
    MuiCheckbox: {
      ...defaultTheme.components?.MuiCheckbox,
      defaultProps: {
        ...defaultTheme.components?.MuiCheckbox?.defaultProps,
        slotProps: { input: checkboxInputProps, root: { 'aria-label': undefined } },
      },
    },
  },
};
