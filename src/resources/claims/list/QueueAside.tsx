/**
 * The queue's aside: the adjuster's saved filters (react-admin's saved queries, kept in the store)
 * and quick filters (mine, unassigned, overdue) that toggle on top of the current filter. Shown on
 * wide screens only (xl): below that the table needs the width, and the same filters are in the
 * filter bar (assignee, overdue) and the filter button (saved queries).
 */
import BookmarkIcon from '@mui/icons-material/BookmarkBorder';
import { Card, CardContent } from '@mui/material';
import { memo } from 'react';
import { FilterList, FilterListItem, SavedQueriesList } from 'react-admin';

/** The aside of the claims list (memoized: it has no props; its lists follow the list's filter). */
export const QueueAside = memo(function QueueAside() {
  return (
    <Card sx={{ order: -1, mr: 2, mt: 8, width: 210, flexShrink: 0, alignSelf: 'flex-start', display: { xs: 'none', xl: 'block' } }}>
      <CardContent sx={{ pt: 1 }}>
        <SavedQueriesList />
        <FilterList label="app.queue.aside.quick" icon={<BookmarkIcon />}>
          <FilterListItem label="app.queue.aside.mine" value={{ assignee: 'me' }} />
          <FilterListItem label="app.queue.aside.unassigned" value={{ assignee: 'unassigned' }} />
          <FilterListItem label="app.queue.aside.overdue" value={{ overdue: true }} />
        </FilterList>
      </CardContent>
    </Card>
  );
});
