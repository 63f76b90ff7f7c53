// Checks how client addresses are grouped for counting: IPv4 alone, IPv6 by its /64, mapped IPv4 as IPv4.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { addressGroupOf } from '../../src/http/client-address.ts'

test('an IPv4 address is its own group', () => {
  assert.equal(addressGroupOf('127.0.0.1'), '127.0.0.1')
  assert.notEqual(addressGroupOf('192.0.2.1'), addressGroupOf('192.0.2.2'))
})

test('every address of an IPv6 /64 is one group, however it is written', () => {
  const group = addressGroupOf('2001:db8:1:2::1')
  assert.equal(group, '2001:db8:1:2::/64')
  for (const address of ['2001:db8:1:2::ffff', '2001:0db8:0001:0002:1234:5678:9abc:def0', '2001:DB8:1:2:0:0:0:1', '2001:db8:1:2::1%eth0', '2001:db8:1:2::192.0.2.1']) {
    assert.equal(addressGroupOf(address), group, address)
  }
})

test('neighbouring /64s are different groups', () => {
  assert.notEqual(addressGroupOf('2001:db8:1:2::1'), addressGroupOf('2001:db8:1:3::1'))
  assert.notEqual(addressGroupOf('2001:db8::1'), addressGroupOf('2001:db8:0:1::1'))
})

test('a compressed run is expanded before the first 64 bits are taken', () => {
  assert.equal(addressGroupOf('::1'), '0:0:0:0::/64')
  assert.equal(addressGroupOf('2001:db8::'), '2001:db8:0:0::/64')
  assert.equal(addressGroupOf('::2:3:4:5:6:7'), '0:0:2:3::/64')
  assert.equal(addressGroupOf('1::3:4:5:6:7:8'), '1:0:3:4::/64')
  assert.equal(addressGroupOf('::5:6:7:1.2.3.4'), '0:0:0:5::/64')
  assert.equal(addressGroupOf('::4:5:6:7:1.2.3.4'), '0:0:4:5::/64')
})

test('an IPv4-mapped IPv6 address is the IPv4 address it carries', () => {
  assert.equal(addressGroupOf('::ffff:192.0.2.1'), '192.0.2.1')
  assert.equal(addressGroupOf('::FFFF:192.0.2.1'), '192.0.2.1')
})
