/**
 * What a react-admin Show shows in place of its record when it could not be loaded (a network
 * failure, a 5xx, a 404; issue 7, item 6): the reason and a retry button that fetches the record
 * again. Pass it as `<Show error={<RecordLoadError />} queryOptions={{ onError: () => undefined }}>`
 * (the `onError` replaces react-admin's "item doesn't exist" notification, wrong for a failed network).
 */
import { Alert, AlertTitle, Button } from '@mui/material';
import { HttpError, useShowContext, useTranslate } from 'react-admin';

/** The error alert with its retry button; reads the record's error and refetch from react-admin's ShowContext. */
export function RecordLoadError() {
  const translate = useTranslate();
  const { error, refetch, isFetching } = useShowContext();
  const message = error instanceof Error ? error.message : String(error ?? '');
  const notFound = error instanceof HttpError && error.status === 404;
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
      <AlertTitle>{translate(notFound ? 'app.load_error.not_found' : 'app.load_error.title')}</AlertTitle>
      {translate('app.load_error.message', { message })}
    </Alert>
  );
}
