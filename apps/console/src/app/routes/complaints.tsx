import { PageHeader } from '../../components/status';

export const ComplaintsRoute = () => <PageHeader title="Жалобы" />;
