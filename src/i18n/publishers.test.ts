import { expect } from '@open-wc/testing';
import { publisherName } from './publishers.js';

const municipalities = [
  { name: 'Best', website: 'https://www.gemeentebest.nl' },
  { name: 'Nuenen, Gerwen en Nederwetten', short_name: 'Nuenen', website: 'https://www.nuenen.nl' },
  { name: 'Gedeeld A', website: 'https://platform.example/a' },
  { name: 'Zonder website' },
];

describe('publisherName', () => {
  it('names the series of officielebekendmakingen.nl, on either host', () => {
    const cases: [string, string][] = [
      ['https://zoek.officielebekendmakingen.nl/stcrt-2015-9620.html', 'Staatscourant'],
      ['https://www.officielebekendmakingen.nl/stcrt-2015-9620.html', 'Staatscourant'],
      ['https://zoek.officielebekendmakingen.nl/stb-2005-666.html', 'Staatsblad'],
      ['https://zoek.officielebekendmakingen.nl/kst-33659-E.html', 'Kamerstukken'],
      ['https://zoek.officielebekendmakingen.nl/gmb-2024-1.html', 'Gemeenteblad'],
      ['https://zoek.officielebekendmakingen.nl/zoeken?q=stcrt', 'Officiële bekendmakingen'],
    ];
    for (const [url, name] of cases) {
      expect(publisherName(url, 'nl'), url).to.equal(name);
      expect(publisherName(url, 'en'), url).to.equal(name);
    }
  });

  it('names the other known publishers, per language where the name differs', () => {
    expect(publisherName('https://lokaleregelgeving.overheid.nl/CVDR484555/1', 'nl')).to.equal('Lokale regelgeving (overheid.nl)');
    expect(publisherName('https://lokaleregelgeving.overheid.nl/CVDR484555/1', 'en')).to.equal('Lokale regelgeving (overheid.nl)');
    expect(publisherName('https://www.cbs.nl/nl-nl/nieuws/2016/08/x', 'nl')).to.equal('CBS');
    expect(publisherName('https://www.cbs.nl/nl-nl/nieuws/2016/08/x', 'en')).to.equal('Statistics Netherlands (CBS)');
    expect(publisherName('https://nl.wikipedia.org/wiki/Samenwerkingsverband_Regio_Eindhoven', 'nl')).to.equal('Wikipedia');
    expect(publisherName('https://en.wikipedia.org/wiki/Eindhoven', 'en')).to.equal('Wikipedia');
    expect(publisherName('https://metropoolregioeindhoven.nl/netwerk', 'en')).to.equal('metropoolregioeindhoven.nl');
    expect(publisherName('https://www.metropoolregioeindhoven.nl/netwerk', 'nl')).to.equal('metropoolregioeindhoven.nl');
    expect(publisherName('https://kennisopenbaarbestuur.nl/het-geheugen-van-bzk/', 'nl')).to.equal('Kennisbank Openbaar Bestuur');
  });

  it('names a page on a municipality\'s own website as that municipality, by its short name', () => {
    const best = 'https://www.gemeentebest.nl/nieuws/archief/2020/05/27/x';
    expect(publisherName(best, 'nl', municipalities)).to.equal('Gemeente Best');
    expect(publisherName(best, 'en', municipalities)).to.equal('Municipality of Best');
    expect(publisherName('https://nuenen.nl/x', 'nl', municipalities)).to.equal('Gemeente Nuenen');
    // Without the list of municipalities the host is all there is.
    expect(publisherName(best, 'nl')).to.equal('gemeentebest.nl');
    // A website below a path on a shared host does not make the host that municipality's own.
    expect(publisherName('https://platform.example/b', 'nl', municipalities)).to.equal('platform.example');
  });

  it('falls back to the host without www. for an unknown site, in lower case', () => {
    expect(publisherName('https://www.regioinbedrijf.nl/nieuws/x', 'nl')).to.equal('regioinbedrijf.nl');
    expect(publisherName('https://energieregiomre.nl/proces/default.aspx', 'nl')).to.equal('energieregiomre.nl');
    expect(publisherName('https://www.energieregiomre.nl/nieuws/2125914.aspx', 'en')).to.equal('energieregiomre.nl');
    expect(publisherName('http://WWW.Example.ORG/a', 'nl')).to.equal('example.org');
    expect(publisherName('https://nieuws.example.org/a', 'nl')).to.equal('nieuws.example.org');
  });

  it('matches a known publisher on whole domain labels only', () => {
    expect(publisherName('https://www.nietcbs.nl/x', 'nl')).to.equal('nietcbs.nl');
    expect(publisherName('https://cbs.nl.example.org/x', 'nl')).to.equal('cbs.nl.example.org');
    expect(publisherName('https://opendata.cbs.nl/x', 'nl')).to.equal('CBS');
  });

  it('does not take a site for a municipality\'s own when its website is no site root or no URL', () => {
    const odd = [
      { name: 'Met zoekvraag', website: 'https://vraag.example/?gemeente=1' },
      { name: 'Geen adres', website: 'gemeente punt nl' },
      { name: 'Leeg', website: '' },
    ];
    expect(publisherName('https://vraag.example/nieuws', 'nl', odd)).to.equal('vraag.example');
    expect(publisherName('https://www.gemeentebest.nl/x', 'nl', [...odd, municipalities[0]])).to.equal('Gemeente Best');
  });

  it('returns a URL without a host, or a mailto: without an address, as it is', () => {
    expect(publisherName('mailto:', 'nl')).to.equal('mailto:');
    expect(publisherName('file:///C:/bronnen/akkoord.pdf', 'nl')).to.equal('file:///C:/bronnen/akkoord.pdf');
    expect(publisherName('urn:isbn:9789012345678', 'en')).to.equal('urn:isbn:9789012345678');
  });

  it('names a mailto: link by its address, and returns what is not a URL as it is', () => {
    expect(publisherName('mailto:info@example.org', 'nl')).to.equal('info@example.org');
    expect(publisherName('mailto:info%40example.org?subject=Bron', 'en')).to.equal('info@example.org');
    expect(publisherName('mailto:%E0', 'nl')).to.equal('%E0');
    expect(publisherName('geen adres', 'nl')).to.equal('geen adres');
  });
});
