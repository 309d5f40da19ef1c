import { PageHeader } from '../../components/status';

export const SlaRoute = () => <PageHeader title="Соблюдение сроков" />;
