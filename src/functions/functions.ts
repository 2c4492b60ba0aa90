/**
 * The custom functions entry of the shared runtime. Webpack's CustomFunctionsMetadataPlugin
 * reads the JSDoc of these four files, writes functions.json and registers each function with
 * CustomFunctions.associate; nothing here calls associate by hand (ADDIN.md §1).
 */
import './social-budget';
import './financing';
import './participants';
import './stakeholders';
