import { describe, expect, it } from 'vitest'
import { parseCoordinates } from '../../../src/core/directory/parse-coordinates.js'

describe('parseCoordinates', () => {
  it.each([
    ['10.3759, 105.4185', { latitude: 10.3759, longitude: 105.4185 }],
    ['10,3759; 105,4185', { latitude: 10.3759, longitude: 105.4185 }],
    ['https://www.google.com/maps/place/Long+Xuy%C3%AAn/@10.3759,105.4185,15z/data=!3m1', { latitude: 10.3759, longitude: 105.4185 }],
    ['https://maps.google.com/?q=16.4637,107.5909', { latitude: 16.4637, longitude: 107.5909 }],
    ['https://www.google.com/maps/place/X/data=!4m6!3m5!1s0x0:0x0!8m2!3d10.0125!4d105.0809', { latitude: 10.0125, longitude: 105.0809 }],
    ['https://www.openstreetmap.org/#map=17/10.37590/105.41850', { latitude: 10.3759, longitude: 105.4185 }],
    ['https://www.openstreetmap.org/?mlat=10.3759&mlon=105.4185', { latitude: 10.3759, longitude: 105.4185 }],
  ])('reads %s', (input, expected) => {
    expect(parseCoordinates(input)).toEqual(expected)
  })

  it.each(['Long Xuyên', '', '95, 105', 'https://maps.app.goo.gl/abc'])('gives null for %j', (input) => {
    expect(parseCoordinates(input)).toBeNull()
  })
})
