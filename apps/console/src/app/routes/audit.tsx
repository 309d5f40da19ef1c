import { PageHeader } from '../../components/status';

export const AuditRoute = () => <PageHeader title="Журнал аудита" />;
