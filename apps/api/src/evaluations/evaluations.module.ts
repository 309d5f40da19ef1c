import { Module } from '@nestjs/common';
import { EvaluationsController } from './evaluations.controller';
import { EvaluationsService } from './evaluations.service';
import { ServiceParametersService } from './service-parameters.service';

// The rules of the services applied to an application (the counter's calculator, a decision's evaluation) and the
// effective-dated parameters they calculate with.
@Module({
  controllers: [EvaluationsController],
  providers: [EvaluationsService, ServiceParametersService],
  exports: [EvaluationsService, ServiceParametersService],
})
export class EvaluationsModule {}
