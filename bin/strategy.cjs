#!/usr/bin/env node
'use strict';
require('../dist/strategy.cjs').launch(require('node:path').join(__dirname, '..'));
