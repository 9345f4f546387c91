/** The app's MUI theme: react-admin's default, with a font stack that renders Japanese well. */
import { defaultTheme, type RaThemeOptions } from 'react-admin';

export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: { ...defaultTheme.palette, primary: { main: '#1b5e20' }, secondary: { main: '#2e3b4e' } },
  typography: {
    fontFamily: ['"Hiragino Sans"', '"Noto Sans JP"', '"IPAPGothic"', '"Yu Gothic"', 'Meiryo', 'Roboto', 'sans-serif'].join(','),
  },
};
