import { useEffect, useState } from 'react';
import type { Service } from '../types/api';
import { api } from './api-client';

// The service catalogue changes with releases, not during a session: load it once.
let servicesPromise: Promise<Service[]> | null = null;

export const loadServices = (): Promise<Service[]> => {
  if (!servicesPromise) {
    servicesPromise = api<Service[]>('/services').catch((e: unknown) => {
      servicesPromise = null;
      throw e;
    });
  }
  return servicesPromise;
};

export const useServices = (): { services: Service[] | undefined; error: unknown } => {
  const [services, setServices] = useState<Service[] | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let alive = true;
    loadServices()
      .then((s) => alive && setServices(s))
      .catch((e: unknown) => alive && setError(e));
    return () => {
      alive = false;
    };
  }, []);
  return { services, error };
};

export const useService = (slug: string | undefined): { service: Service | undefined; error: unknown } => {
  const { services, error } = useServices();
  return { service: slug ? services?.find((s) => s.slug === slug) : undefined, error };
};
