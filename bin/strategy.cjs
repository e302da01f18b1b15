#!/usr/bin/env node
'use strict';
require('../dist/strategy.cjs').main(require('node:path').join(__dirname, '..'));
