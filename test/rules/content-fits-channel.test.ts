import { ruleTable, yaml } from './rule-tester.js';

ruleTable('content-fits-channel', {
  valid: [
    {
      name: 'video on YouTube, photos on Instagram',
      yaml: yaml(
        'version: 1',
        'channels:',
        '  yt: {platform: youtube, formats: [video, short-video]}',
        '  ig: {platform: instagram, formats: [photo, story]}',
        'content:',
        '  pillars:',
        '    tours: {name: Tours, channels: [yt, ig], formats: [video, photo]}',
      ),
    },
    {
      name: 'news, photos and events in a parents’ app',
      yaml: yaml('version: 1', 'channels:', '  parro: {platform: parents-app, formats: [text, photo, event]}'),
    },
    {
      name: '"other" fits anywhere',
      yaml: yaml('version: 1', 'channels:', '  x: {platform: other, formats: [podcast]}', '  yt: {platform: youtube, formats: [other]}'),
    },
  ],
  invalid: [
    {
      name: 'a story in a parents’ app',
      yaml: yaml('version: 1', 'channels:', '  parro:', '    platform: parents-app', '    formats: [photo, story]'),
      errors: [{ line: 5, column: 22, message: /^Story does not fit parents’ app\./ }],
    },
    {
      name: 'a format the platform does not carry',
      yaml: yaml('version: 1', 'channels:', '  yt:', '    platform: youtube', '    formats: [video, photo]'),
      errors: [
        {
          line: 5,
          column: 22,
          message:
            /Photo does not fit YouTube\. Content must suit the channel: YouTube is for video, short video, live stream, podcast and poll\./,
        },
      ],
    },
    {
      name: 'a text pillar on Instagram',
      yaml: yaml(
        'version: 1',
        'channels:',
        '  ig: {platform: instagram}',
        'content:',
        '  pillars:',
        '    essays:',
        '      name: Essays',
        '      channels: [ig]',
        '      formats: [text, blog]',
      ),
      errors: [{ line: 8, column: 18, message: /None of the formats of content pillar "essays" fits channel "ig"/ }],
    },
    {
      name: 'a cadence and a calendar item with a format the channel cannot carry',
      yaml: yaml(
        'version: 1',
        'channels:',
        '  li: {platform: linkedin}',
        'content:',
        '  cadence:',
        '    - {channel: li, per_week: 1, format: story}',
        'calendar:',
        '  items:',
        '    - {date: 2026-10-01, title: Tour, channel: li, format: short-video}',
      ),
      errors: [
        { line: 6, column: 42, message: /Story does not fit LinkedIn/ },
        { line: 9, column: 60, message: /Short video does not fit LinkedIn/ },
      ],
    },
  ],
});
