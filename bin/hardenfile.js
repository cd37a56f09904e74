#!/usr/bin/env node
'use strict';
require('./run-bundle.js')('main', process.argv.slice(2));
