/**
 * What a react-admin List shows in place of its rows when they could not be loaded (a network
 * failure, a 5xx; issue 7, item 6): the reason and a retry button that refetches the same page with
 * the same filters. Pass it as `<List error={<ListLoadError />}>`.
 */
import { Alert, AlertTitle, Button } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';

/** The error alert with its retry button; reads the list's error and refetch from react-admin's ListContext. */
export function ListLoadError() {
  const translate = useTranslate();
  const { error, refetch, isFetching } = useListContext();
  const message = error instanceof Error ? error.message : String(error ?? '');
  return (
    <Alert
      severity="error"
      role="alert"
      sx={{ m: 2 }}
      action={
        <Button color="inherit" variant="outlined" size="small" onClick={() => void refetch()} disabled={isFetching}>
          {translate('app.load_error.retry')}
        </Button>
      }
    >
      <AlertTitle>{translate('app.load_error.title')}</AlertTitle>
      {translate('app.load_error.message', { message })}
    </Alert>
  );
}
