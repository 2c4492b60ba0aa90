// Webpack plugin: writes the help site (src/help/site.ts) into the build as help/*.html, so
// dist/addin/help/<name>.html exists for every @helpurl and `webpack serve` serves it at
// https://localhost:3000/help/. Editing the help source rebuilds the pages in watch mode.
'use strict';

const { helpFiles, loadHelpModule } = require('./load-help');

class HelpPagesPlugin {
  constructor(options) {
    this.version = options.version;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('HelpPagesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'HelpPagesPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const pages = loadHelpModule('site').renderHelpSite({ version: this.version });
        for (const [file, html] of Object.entries(pages)) compilation.emitAsset(`help/${file}`, new sources.RawSource(html));
        compilation.fileDependencies.addAll(helpFiles());
      });
    });
  }
}

module.exports = { HelpPagesPlugin };
