/**
 * Messages of accessibility and failure handling (issue 7, items 5 and 6): the user menu's name and
 * the error shown in place of a list or a record that could not be loaded, with its retry button,
 * and a sign-in the server did not answer. Japanese and English with the same keys; merged into ja.ts / en.ts at the `app` level.
 */

/** Japanese. */
export const resilienceJa = {
  app: {
    user_menu: '%{name}（ユーザーメニュー）',
    load_error: {
      title: 'データを読み込めませんでした',
      message: '通信に失敗しました。しばらくしてから再試行してください。（%{message}）',
      retry: '再試行',
      not_found: 'この記録は見つかりませんでした',
      sign_in: 'サーバーに接続できなかったため、サインインできませんでした。もう一度お試しください。',
    },
  },
};

/** English. */
export const resilienceEn: typeof resilienceJa = {
  app: {
    user_menu: '%{name} (user menu)',
    load_error: {
      title: 'The data could not be loaded',
      message: 'The request failed. Please try again in a moment. (%{message})',
      retry: 'Retry',
      not_found: 'This record could not be found',
      sign_in: 'Could not sign in: the server could not be reached. Please try again.',
    },
  },
};
