// The group a client address is counted in: an IPv4 address on its own, an IPv6 address by its /64 network.

/**
 * An IPv6 /64 is the smallest network a provider hands out, so one client
 * holds all of its 2^64 addresses: counted one by one, it could never run out.
 * IPv4-mapped addresses (`::ffff:192.0.2.1`) count as the IPv4 address they
 * carry. The answer is only compared, never parsed again.
 */
export function addressGroupOf (ip: string): string {
  // IPv4, the common case, without looking further.
  if (!ip.includes(':')) return ip
  const address = (ip.split('%')[0] ?? ip).toLowerCase()
  if (address.startsWith('::ffff:') && address.includes('.')) return address.slice('::ffff:'.length)
  return `${firstFourGroups(address).join(':')}::/64`
}

/** The first 64 bits of an IPv6 address as four hex groups without leading zeros, whatever `::` left out. */
function firstFourGroups (address: string): string[] {
  const [head = '', tail] = address.split('::')
  const headGroups = head === '' ? [] : head.split(':')
  let groups = headGroups
  if (tail !== undefined) {
    const tailGroups = tail === '' ? [] : tail.split(':')
    // A dotted IPv4 address at the end fills the last two groups.
    const tailLength = tailGroups.length + (tail.includes('.') ? 1 : 0)
    groups = [...headGroups, ...Array<string>(Math.max(0, 8 - headGroups.length - tailLength)).fill('0'), ...tailGroups]
  }
  return groups.slice(0, 4).map(group => Number.parseInt(group, 16).toString(16))
}
