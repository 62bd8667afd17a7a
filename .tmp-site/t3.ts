import { html } from 'diff2html';
const d = `--- a/x<script>.md\n+++ b/x<script>.md\n@@ -1,2 +1,2 @@\n-<script>alert(1)</script>\n+<img src=x onerror=alert(1)>\n same & "q"\n`;
console.log(html(d, { outputFormat: 'side-by-side', drawFileList: false, matching: 'lines' }));
