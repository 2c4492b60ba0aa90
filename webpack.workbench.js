// Webpack for the local workbench (issue 7): the real task pane beside an embedded workbook, in a
// plain browser, with no Office.js and nothing loaded from the network. Output: dist/workbench.
// The add-in's own build (webpack.config.js, dist/addin) is untouched by this file.
//
// The .xlsx reader and writer are shared with the CLI and import Node's fs, path and Buffer. In
// the page only their byte paths run, so fs resolves to nothing, path to path-browserify and
// Buffer to the buffer package. The reader streams each zip entry through JSZip's nodeStream,
// which JSZip's prebuilt browser file leaves out: the page gets JSZip's own sources instead,
// with stream-browserify and the process shim its streams need. ExcelJS brings its own browser
// build (its package.json "browser" field). All of it loads on demand, when a file is opened or
// saved.
'use strict';

const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const packageJson = require('./package.json');

module.exports = (_env, argv = {}) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    entry: { workbench: './src/workbench/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist/workbench'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      alias: { jszip$: require.resolve('jszip/lib/index.js') },
      fallback: { fs: false, path: require.resolve('path-browserify'), stream: require.resolve('stream-browserify') },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { module: 'es2020', sourceMap: true } },
          },
        },
      ],
      // ExcelJS's browser build is one prebuilt file; webpack need not parse it for requires.
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
    },
    plugins: [
      new webpack.ProvidePlugin({ Buffer: ['buffer', 'Buffer'], process: 'process/browser' }),
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/workbench/workbench.html', chunks: ['workbench'] }),
      new webpack.DefinePlugin({ __FINSAM_VERSION__: JSON.stringify(packageJson.version) }),
    ],
    performance: {
      // React, Fluent UI and the spreadsheet engine in one page: warn past 2 MiB.
      maxAssetSize: 2 * 1024 * 1024,
      maxEntrypointSize: 2 * 1024 * 1024,
    },
  };
};
