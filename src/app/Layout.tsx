/**
 * The app's layout: react-admin's, with a one-click language switch in the app bar.
 */
import { Button } from '@mui/material';
import TranslateIcon from '@mui/icons-material/Translate';
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { AppBar, Layout as RaLayout, TitlePortal, UserMenu, useGetIdentity, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { DashboardMenu } from '../dashboard/DashboardMenu';
import { loadLocale } from './i18nProvider';
import { holdQueriesThroughLocaleChange, useRestoreQueriesAfterLocaleChange } from './localeSwitch';
import { MockControls } from './mock';

/**
 * Switches between Japanese and English in one click; the choice is kept by react-admin's store.
 * The data on screen are kept, not refetched, across the switch (./localeSwitch.ts). The other
 * language's catalog is loaded first (English is a chunk of its own: ./i18nProvider.ts), so the page
 * switches at once and whole, never half translated.
 */
export function LanguageToggle() {
  const [locale, setLocale] = useLocaleState();
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const notify = useNotify();
  useRestoreQueriesAfterLocaleChange();
  const switchLocale = () => {
    const next = locale === 'en' ? 'ja' : 'en';
    loadLocale(next).then(
      () => {
        holdQueriesThroughLocaleChange(queryClient);
        setLocale(next);
      },
      () => notify('app.load_error.title', { type: 'error' }),
    );
  };
  return (
    <Button
      color="inherit"
      startIcon={<TranslateIcon />}
      onClick={switchLocale}
      title={translate('app.language.toggle_label')}
      lang={locale === 'en' ? 'ja' : 'en'}
    >
      {translate('app.language.toggle')}
    </Button>
  );
}

/**
 * react-admin's user menu, named so that its name holds the user's name it shows (WCAG 2.5.3,
 * axe: label-content-name-mismatch; react-admin's default name is only 「プロフィール」).
 */
function ClaimsUserMenu() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  return <UserMenu label={identity?.fullName ? translate('app.user_menu', { name: identity.fullName }) : undefined} />;
}

function ClaimsAppBar() {
  return (
    <AppBar
      userMenu={<ClaimsUserMenu />}
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

/** react-admin's Layout with {@link ClaimsAppBar} and a menu showing the dashboard to managers and supervisors only. */
export function Layout({ children }: { children: ReactNode }) {
  return <RaLayout appBar={ClaimsAppBar} menu={DashboardMenu}>{children}</RaLayout>;
}
