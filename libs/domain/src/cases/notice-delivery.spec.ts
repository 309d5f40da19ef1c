import { defaultNoticeDelivery, noticeDeliveryOf } from './notice-delivery';

describe('noticeDeliveryOf', () => {
  it.each([
    ['the MFC when the application asks for the result at the MFC', { resultDelivery: 'mfc' }, 'IN_PERSON', 'mfc'],
    ['the MFC for any MFC channel', { resultDelivery: 'paper' }, 'MFC_COMPLEX', 'mfc'],
    ['the portal account for an ЕПГУ application', { resultDelivery: 'paper' }, 'EPGU', 'portal'],
    ['e-mail for an electronic result taken in person', { resultDelivery: 'electronic' }, 'IN_PERSON', 'email'],
    ['post for a postal application on paper', { resultDelivery: 'paper' }, 'POST', 'post'],
    ['in person otherwise', {}, 'IN_PERSON', 'in_person'],
  ])('should default to %s', (_name, payload, channel, expected) => {
    expect(defaultNoticeDelivery({ payload, channel })).toBe(expected);
  });

  it('should take the clerk’s choice when it is a known delivery and ignore an unknown one', () => {
    const c = { payload: { resultDelivery: 'paper' }, channel: 'IN_PERSON' };
    expect(noticeDeliveryOf(c, 'post')).toBe('post');
    expect(noticeDeliveryOf(c, 'pigeon')).toBe('in_person');
  });
});
