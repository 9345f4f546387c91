/**
 * The app's layout: react-admin's, with a one-click language switch in the app bar.
 */
import { Button } from '@mui/material';
import TranslateIcon from '@mui/icons-material/Translate';
import type { ReactNode } from 'react';
import { AppBar, Layout as RaLayout, TitlePortal, useLocaleState, useTranslate } from 'react-admin';
import { MockControls } from './mock';

/** Switches between Japanese and English in one click; the choice is kept by react-admin's store. */
export function LanguageToggle() {
  const [locale, setLocale] = useLocaleState();
  const translate = useTranslate();
  return (
    <Button
      color="inherit"
      startIcon={<TranslateIcon />}
      onClick={() => setLocale(locale === 'en' ? 'ja' : 'en')}
      title={translate('app.language.toggle_label')}
      lang={locale === 'en' ? 'ja' : 'en'}
    >
      {translate('app.language.toggle')}
    </Button>
  );
}

function ClaimsAppBar() {
  return (
    <AppBar
      toolbar={
        <>
          <MockControls />
          <LanguageToggle />
        </>
      }
    >
      <TitlePortal />
    </AppBar>
  );
}

/** react-admin's Layout with {@link ClaimsAppBar}. */
export function Layout({ children }: { children: ReactNode }) {
  return <RaLayout appBar={ClaimsAppBar}>{children}</RaLayout>;
}
