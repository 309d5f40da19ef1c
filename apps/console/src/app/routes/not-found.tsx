import { Link } from 'react-router-dom';
import { PageHeader } from '../../components/status';

export const NotFoundRoute = () => (
  <>
    <PageHeader title="Страница не найдена" />
    <p>
      Вернуться к <Link to="/queue">очереди дел</Link>.
    </p>
  </>
);

