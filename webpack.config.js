// Webpack for the add-in: one page, taskpane.html, that hosts both the task pane and the custom
// functions (shared runtime, ADDIN.md §2). Layout follows OfficeDev/Excel-Custom-Functions-Shared;
// the React entry follows OfficeDev/Office-Addin-TaskPane-React.
//
// Output goes to dist/addin, because dist/node belongs to `tsc -p tsconfig.node.json` (the CLI).
'use strict';

const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { HelpPagesPlugin } = require('./scripts/help-pages');
const { BaseUrlPlugin, baseUrl, devBaseUrl } = require('./scripts/base-url');
const packageJson = require('./package.json');

const DEV_SERVER_PORT = Number(packageJson.config.dev_server_port) || 3000;
// The committed manifest and @helpurl JSDoc name the dev server; FINSAM_BASE_URL moves a build
// to its real host (scripts/base-url.js; TESTING.md).
const DEV_BASE_URL = devBaseUrl(DEV_SERVER_PORT);

// Every file with @customfunction JSDoc. The plugin writes functions.json from them and appends
// CustomFunctions.associate(...) to each, so no file calls associate by hand (ADDIN.md §1).
const FUNCTION_FILES = [
  './src/functions/social-budget.ts',
  './src/functions/financing.ts',
  './src/functions/participants.ts',
  './src/functions/stakeholders.ts',
];

// Only `webpack serve` needs a certificate. Loading office-addin-dev-certs lazily keeps
// `webpack --mode production` offline and free of sudo/certificate prompts (ADDIN.md §3).
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  const serving = Boolean(env.WEBPACK_SERVE);
  const base = baseUrl(process.env, DEV_BASE_URL);

  return {
    mode: production ? 'production' : 'development',
    // Never an eval-based devtool: Office's web views and the production bundle both get
    // plain source maps.
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    entry: {
      functions: './src/functions/functions.ts',
      // The task pane reuses the modules the functions chunk already loaded (catalog, domain),
      // so one page holds one copy of them and each CustomFunctions.associate runs once.
      taskpane: { import: './src/taskpane/index.tsx', dependOn: 'functions' },
    },
    output: {
      path: path.resolve(__dirname, 'dist/addin'),
      filename: '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              // `npm run typecheck` checks types; the bundle only needs JavaScript.
              transpileOnly: true,
              // ES modules (tsconfig says commonjs for Node) let webpack tree-shake Fluent UI.
              compilerOptions: { module: 'es2020', sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTION_FILES, output: 'functions.json' }),
      // functions.json's helpUrl and manifest.xml's URLs on the base (help pages are relative).
      new BaseUrlPlugin({ base, devBase: DEV_BASE_URL }),
      // help/<name>.html for every @helpurl, from the same source as the JSDoc (src/help).
      new HelpPagesPlugin({ version: packageJson.version }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
        ],
      }),
      new webpack.DefinePlugin({
        __FINSAM_VERSION__: JSON.stringify(packageJson.version),
      }),
    ],
    performance: {
      // React + Fluent UI v9 are larger than webpack's 244 KiB default; warn past 1 MiB.
      maxAssetSize: 1024 * 1024,
      maxEntrypointSize: 1024 * 1024,
    },
    devServer: serving
      ? {
          port: DEV_SERVER_PORT,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await httpsOptions() },
        }
      : undefined,
  };
};
