import { Button, Card, EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageHeader } from './page-header';

interface Props {
  title: string;
  heading: string;
  body: string;
  icon: ReactNode;
  action?: { label: string; to: string };
}

/** A part of the product with no data yet: says plainly what will appear here. */
export function PartEmptyState({ title, heading, body, icon, action }: Props) {
  return (
    <>
      <PageHeader title={title} />
      <Card withBorder padding="xl" radius="lg">
        <EmptyState icon={icon} variant="light" size="lg" title={heading} description={body} py="xl" maw={640} mx="auto">
          {action && (
            <EmptyState.Actions>
              <Button component={Link} to={action.to} variant="light">
                {action.label}
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      </Card>
    </>
  );
}
