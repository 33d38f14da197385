// Replaces a model's diagram (BPMN DI) by one laid out from its process definition, so models
// are written as process XML only and their drawing never drifts from what runs.
import { layoutProcess } from 'bpmn-auto-layout';
import fs from 'node:fs';

for (const file of process.argv.slice(2)) {
  const withoutDiagram = fs
    .readFileSync(file, 'utf8')
    .replace(/\s*<bpmndi:BPMNDiagram[\s\S]*<\/bpmndi:BPMNDiagram>/, '');
  fs.writeFileSync(file, await layoutProcess(withoutDiagram));
  console.log(`laid out ${file}`);
}
