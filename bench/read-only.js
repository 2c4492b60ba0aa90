'use strict';
// `node bench/read-only.js book.xlsx`: the floor bench/check-large.js compares with, reading the
// file (unzip and parse every sheet) and nothing else.
const { readXlsxGrids } = require('../dist/node/workbook/xlsx');

readXlsxGrids(process.argv[2]).then((read) => {
  if (!read.ok) {
    console.error(read.error.message);
    process.exitCode = 2;
  }
});
