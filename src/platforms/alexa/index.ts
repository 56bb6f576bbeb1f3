export { createSkill, type SkillOptions } from './skill';
