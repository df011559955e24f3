import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../workbench/emulator/index';
import { must } from './helpers';

function setup() {
  const em = createEmulator();
  const app = em.globals.SpreadsheetApp;
  const ss = em.spreadsheet;
  const clients = ss.insertSheet('Clients');
  const orders = ss.insertSheet('Orders');
  ss.addDeveloperMetadata('suki.version', '3');
  clients.addDeveloperMetadata('suki.table', 'clients');
  orders.addDeveloperMetadata('suki.table', 'orders', app.DeveloperMetadataVisibility.PROJECT);
  clients.getRange('B:B').addDeveloperMetadata('suki.col', 'name');
  clients.getRange('C:C').addDeveloperMetadata('suki.col', 'tier');
  clients.getRange('1:1').addDeveloperMetadata('suki.header');
  orders.getRange('A:A').addDeveloperMetadata('suki.col', 'id');
  return { em, app, ss, clients, orders };
}

describe('DeveloperMetadata', () => {
  it('records key, value, visibility and location', () => {
    const { app, ss, orders } = setup();
    const [version] = ss.getDeveloperMetadata();
    expect(version?.getKey()).toBe('suki.version');
    expect(version?.getValue()).toBe('3');
    expect(version?.getVisibility()).toBe(app.DeveloperMetadataVisibility.DOCUMENT);
    expect(version?.getLocation().getLocationType()).toBe(app.DeveloperMetadataLocationType.SPREADSHEET);
    const [table] = orders.getDeveloperMetadata();
    expect(table?.getVisibility()).toBe(app.DeveloperMetadataVisibility.PROJECT);
    expect(table?.getLocation().getSheet()?.getName()).toBe('Orders');
    const header = ss.createDeveloperMetadataFinder().withKey('suki.header').find()[0];
    expect(header?.getValue()).toBeNull();
    expect(header?.getLocation().getLocationType()).toBe(app.DeveloperMetadataLocationType.ROW);
    expect(header?.getLocation().getRow()?.getA1Notation()).toBe('1:1');
    expect(header?.getLocation().getColumn()).toBeNull();
  });

  it('only whole rows and columns can carry metadata', () => {
    const { clients } = setup();
    expect(() => clients.getRange('A1:B2').addDeveloperMetadata('x')).toThrow(
      'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to top-level spreadsheets, sheets, and entire rows and columns.',
    );
    expect(() => clients.getRange(1, 4, 1000, 1).addDeveloperMetadata('ok')).not.toThrow();
  });

  it('finders filter by key, value, id, location type and visibility', () => {
    const { app, ss } = setup();
    const f = () => ss.createDeveloperMetadataFinder();
    expect(f().find()).toHaveLength(7);
    expect(f().withKey('suki.col').find()).toHaveLength(3);
    expect(
      f().withKey('suki.col').withValue('tier').find()[0]?.getLocation().getColumn()?.getA1Notation(),
    ).toBe('C:C');
    expect(f().withLocationType(app.DeveloperMetadataLocationType.SHEET).find()).toHaveLength(2);
    expect(f().withVisibility(app.DeveloperMetadataVisibility.PROJECT).find()).toHaveLength(1);
    const id = must(f().withKey('suki.version').find()[0]).getId();
    expect(f().withId(id).find()[0]?.getKey()).toBe('suki.version');
    expect(f().withKey('nope').find()).toEqual([]);
  });

  it('sheet finders see the sheet and its rows and columns; range finders what lies inside', () => {
    const { clients, orders } = setup();
    expect(clients.createDeveloperMetadataFinder().find()).toHaveLength(4);
    expect(orders.createDeveloperMetadataFinder().withKey('suki.col').find()).toHaveLength(1);
    expect(clients.getRange('A:C').createDeveloperMetadataFinder().find()).toHaveLength(2);
    expect(clients.getRange('B1:C10').createDeveloperMetadataFinder().find()).toHaveLength(0);
    expect(
      clients.getRange('B1:C10').createDeveloperMetadataFinder().onIntersectingLocations().find(),
    ).toHaveLength(3);
    expect(
      clients
        .getRange('C:C')
        .getDeveloperMetadata()
        .map((m) => m.getValue()),
    ).toEqual(['tier']);
  });

  it('setValue, moveToColumn and remove change the book', () => {
    const { ss, clients } = setup();
    const name = must(ss.createDeveloperMetadataFinder().withValue('name').find()[0]);
    name.setValue('full_name');
    name.moveToColumn(clients.getRange('E:E'));
    const again = ss.createDeveloperMetadataFinder().withValue('full_name').find()[0];
    expect(again?.getLocation().getColumn()?.getColumn()).toBe(5);
    again?.remove();
    expect(ss.createDeveloperMetadataFinder().withValue('full_name').find()).toEqual([]);
  });

  it('metadata goes with a deleted sheet', () => {
    const { ss, clients } = setup();
    ss.deleteSheet(clients);
    expect(ss.createDeveloperMetadataFinder().find()).toHaveLength(3);
  });
});
