export { personRef, type PersonRef } from '../../schema/person.js';
