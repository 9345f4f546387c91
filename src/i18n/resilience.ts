/**
 * Messages of accessibility and failure handling (issue 7, items 5 and 6): the user menu's name and
 * the error shown in place of a list that could not be loaded, with its retry button. Japanese and
 * English with the same keys; merged into ja.ts / en.ts at the `app` level.
 */

/** Japanese. */
export const resilienceJa = {
  app: {
    user_menu: '%{name}（ユーザーメニュー）',
    load_error: {
      title: 'データを読み込めませんでした',
      message: '通信に失敗しました。しばらくしてから再試行してください。（%{message}）',
      retry: '再試行',
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
    },
  },
};
